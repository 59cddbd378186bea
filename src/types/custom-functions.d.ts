// Minimal typings of the Excel custom-functions runtime global (the part MZ uses).
// @types/custom-functions-runtime is not installed; if it is added later, delete this file.
declare namespace CustomFunctions {
  function associate(id: string, functionObject: (...args: any[]) => unknown): void;
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }
}
