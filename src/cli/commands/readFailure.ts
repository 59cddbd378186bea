// The CLI's message for a workbook that could not be read: the one the page and the pane give.
export { workbookReadFailure as readFailure } from '../../adapters/readFailure';
