// Maps MZ error codes to Excel's custom-function errors. Only touches the CustomFunctions
// global when an error is made, so importing this module in Node is harmless.
import type { ErrorFactory } from './impl';

export const officeErrorFactory: ErrorFactory = (code, message) =>
  new CustomFunctions.Error(
    code === 'NA' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
    message,
  );
