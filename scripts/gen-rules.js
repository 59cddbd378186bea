// Regenerates the rules derived from the official forms and the catalogue (ids H-…, D-…) in
// src/core/rules/rules.json. Run `npm run rules` after changing src/core/forms/*.json or the catalogue.
const fs = require('fs');
const path = require('path');
const lib = path.join(__dirname, '..', 'lib', 'core');
const { generatedRules, regenerate, partsSumCover } = require(path.join(lib, 'rules', 'fromForms'));
const { loadForms } = require(path.join(lib, 'forms'));
const { loadCatalogue } = require(path.join(lib, 'catalogue'));

const file = path.join(__dirname, '..', 'src', 'core', 'rules', 'rules.json');
const current = JSON.parse(fs.readFileSync(file, 'utf8'));
const gen = generatedRules(loadForms(), loadCatalogue(), partsSumCover(current.rules));
const text = regenerate(current, gen);
if (text === fs.readFileSync(file, 'utf8')) console.log(`rules.json 已是最新(生成规则 ${gen.length} 条)`);
else {
  fs.writeFileSync(file, text);
  console.log(`已写入 rules.json:生成规则 ${gen.length} 条`);
}
