// Standalone page: a small read-only grid around the selected finding's cell, highlighted.
import React from 'react';
import { colName, parseA1 } from '../../core/workbook';
import type { AppModel } from './model';
import { useStyles } from './ui';

export function GridPreview({ model }: { model: AppModel }): React.JSX.Element | null {
  const s = useStyles();
  const sel = model.selection;
  if (!sel) return null;
  const snap = model.lastSnapshots.find((x) => x.name === sel.sheet);
  const p = parseA1(sel.address.split(':')[0]);
  if (!snap || !p) return <div className={s.small}>已选中 {sel.sheet}!{sel.address}</div>;
  const r0 = Math.max(0, p.row - 3);
  const c0 = Math.max(0, p.col - 3);
  const rows = Array.from({ length: 7 }, (_, i) => r0 + i);
  const cols = Array.from({ length: 5 }, (_, i) => c0 + i);
  const marked = new Set(model.marks.filter((m) => m.sheet === sel.sheet).map((m) => m.address));
  return (
    <figure style={{ margin: 0 }} aria-label={`单元格预览 ${sel.sheet}!${sel.address}`} data-testid="grid-preview">
      <figcaption className={s.small}>
        定位:<strong>{sel.sheet}!{sel.address}</strong>
      </figcaption>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', fontSize: 12, tableLayout: 'fixed' }}>
          <thead>
            <tr>
              <th style={th} />
              {cols.map((c) => (
                <th key={c} style={th} scope="col">
                  {colName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th style={th} scope="row">
                  {r + 1}
                </th>
                {cols.map((c) => {
                  const v = snap.values[r]?.[c];
                  const here = r === p.row && c === p.col;
                  const addr = colName(c) + (r + 1);
                  return (
                    <td
                      key={c}
                      title={snap.formulas[r]?.[c] ?? undefined}
                      aria-current={here ? 'true' : undefined}
                      style={{
                        ...td,
                        background: here ? '#FFC7CE' : marked.has(addr) ? '#FFEB9C' : undefined,
                        outline: here ? '2px solid #C00000' : undefined,
                        fontWeight: here ? 600 : undefined,
                      }}
                    >
                      {v === null || v === undefined ? '' : String(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const th: React.CSSProperties = { background: '#F3F2F1', border: '1px solid #E1DFDD', padding: '2px 4px', fontWeight: 400, color: '#605E5C' };
const td: React.CSSProperties = {
  border: '1px solid #E1DFDD',
  padding: '2px 4px',
  maxWidth: 80,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};
