import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question with the answer under the packer's thumb: the confirm button has focus (Enter confirms), Escape
 * cancels. The native dialog keeps focus inside itself while open.
 */
export function ConfirmDialog({ title, children, confirmLabel, danger, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    confirmRef.current?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      {children}
      <div className="actions">
        <button ref={confirmRef} type="button" className={danger ? 'big danger-solid' : 'big primary'} disabled={busy} onClick={onConfirm}>
          {confirmLabel} <kbd>Enter</kbd>
        </button>
        <button type="button" className="big" onClick={onCancel}>
          {t('common.back')} <kbd>Esc</kbd>
        </button>
      </div>
    </dialog>
  );
}
