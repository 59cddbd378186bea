// Webpack asset/source imports (and test/rawTransform.js in jest): the file's text.
declare module '*.csv' {
  const text: string;
  export default text;
}
