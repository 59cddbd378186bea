import { BreakdownSet, Catalogue, IndicatorDef } from '../types';
import indicatorsJson from './indicators.json';
import tableIndicatorsJson from './indicators-tables.json';
import formIndicatorsJson from './indicators-forms.json';
import breakdownsJson from './breakdowns.json';
import regionsJson from './regions.gen.json';
import { decodeRegions } from './regions';
import { loadForms } from '../forms';

let cached: Catalogue | null = null;

/** The bundled catalogue: indicators (report, table-only and form rows), breakdown sets, regions and form versions. */
export function loadCatalogue(): Catalogue {
  if (!cached) {
    const c: Catalogue = {
      indicators: [
        ...(indicatorsJson.indicators as IndicatorDef[]),
        ...(tableIndicatorsJson.indicators as IndicatorDef[]),
        ...(formIndicatorsJson.indicators as IndicatorDef[]),
      ],
      breakdowns: breakdownsJson.breakdowns as BreakdownSet[],
      regions: decodeRegions(regionsJson.rows),
    };
    Object.defineProperty(c, 'forms', { enumerable: true, get: loadForms });
    cached = c;
  }
  return cached;
}
