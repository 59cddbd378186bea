// Small shared UI pieces: model subscription, styles, error/empty states.
import React, { useRef, useSyncExternalStore } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { AppModel } from './model';

export function useModel(model: AppModel): number {
  return useSyncExternalStore(
    (cb) => model.subscribe(cb),
    () => model.version,
  );
}

export const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px 4px', minWidth: 0 },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: '120px' },
  list: { display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: '220px', overflowY: 'auto' },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    backgroundColor: tokens.colorNeutralBackground1,
    wordBreak: 'break-word',
  },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
  h: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: '4px 6px',
    borderRadius: tokens.borderRadiusSmall,
    wordBreak: 'break-all',
  },
});

export function ErrorBar({ error, title = '出错了' }: { error: unknown; title?: string }): React.JSX.Element | null {
  if (!error) return null;
  const msg = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {msg}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Note({ intent = 'info', title, children }: { intent?: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: React.ReactNode }): React.JSX.Element {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Saves text or bytes as a file via Blob + a[download]. */
export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const fr = new FileReader();
    fr.onload = () => resolve(new Uint8Array(fr.result as ArrayBuffer));
    fr.onerror = () => reject(fr.error);
    fr.readAsArrayBuffer(file);
  });
}

/** A button that opens the browser's file chooser (the native input's text is not localised). */
export function FilePicker(props: {
  label: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  appearance?: 'primary' | 'secondary';
  size?: 'small' | 'medium';
  onFile: (file: File) => void;
}): React.JSX.Element {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size={props.size} appearance={props.appearance} disabled={props.disabled} onClick={() => ref.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={ref}
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        aria-label={props.label}
        tabIndex={-1}
        style={visuallyHidden}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) props.onFile(f);
        }}
      />
    </>
  );
}

export const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
