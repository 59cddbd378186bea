// Modification times for "is this build output stale?" checks (test setup, benches).
'use strict';
const fs = require('fs');
const path = require('path');

/** Latest mtime of a file or of anything below a directory; 0 when missing. */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

/** mtime of one file; 0 when missing. */
const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

module.exports = { newest, mtime };
