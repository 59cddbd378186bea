// Placeholder task pane (replaced by the real pane of issue 4). Renders without waiting for Office.
import React from 'react';
import { createRoot } from 'react-dom/client';

const EXAMPLES = [
  '=MZ.STANDARD("济南","城市低保",2020)',
  '=MZ.VALUE("济南","城市低保",2020)',
  '=MZ.SERIES("济南","城市低保")',
  '=MZ.SOURCE("济南","城市低保",2020)',
  '=MZ.REGIONS()',
];

export function Placeholder(): React.JSX.Element {
  return (
    <main style={{ fontFamily: 'Microsoft YaHei, Noto Sans CJK SC, sans-serif', padding: 12, maxWidth: 320 }}>
      <h1 style={{ fontSize: 18 }}>MZ 民政统计</h1>
      <p>任务窗格(填表、校验、数据、函数)正在开发中。现在可以在单元格中使用 MZ 函数,例如:</p>
      <ul>
        {EXAMPLES.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}

const el = typeof document !== 'undefined' ? document.getElementById('root') : null;
if (el) createRoot(el).render(<Placeholder />);
