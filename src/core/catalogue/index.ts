import { BreakdownSet, Catalogue, IndicatorDef } from '../types';
import indicatorsJson from './indicators.json';
import tableIndicatorsJson from './indicators-tables.json';
import breakdownsJson from './breakdowns.json';
import regionsJson from './regions.gen.json';
import { decodeRegions } from './regions';

let cached: Catalogue | null = null;

/** The bundled catalogue: indicators (report and table-only), breakdown sets and regions. */
export function loadCatalogue(): Catalogue {
  if (!cached) {
    cached = {
      indicators: [
        ...(indicatorsJson.indicators as IndicatorDef[]),
        ...(tableIndicatorsJson.indicators as IndicatorDef[]),
      ],
      breakdowns: breakdownsJson.breakdowns as BreakdownSet[],
      regions: decodeRegions(regionsJson.rows),
    };
  }
  return cached;
}
