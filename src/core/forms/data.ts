// The bundled form versions' JSON, in one module that only loadForms requires (so `mz get` never reads them).
import { FormVersion } from '../types';
import q2019 from './JBZH0001-2019.json';
import q2020 from './JBZH0001-2020.json';
import q2022 from './JBZH0001-2022.json';
import q2024 from './JZH01-2024.json';
import m2020 from './YB-2020.json';
import m2022 from './YZH-2022.json';

export const FORM_VERSIONS = [q2019, q2020, q2022, q2024, m2020, m2022] as unknown as FormVersion[];
