// Jest transform: import of a .csv file yields its text, as webpack's asset/source does.
'use strict';
module.exports = {
  process(src) {
    return { code: 'module.exports = ' + JSON.stringify(src) + ';' };
  },
};
