// What a long form or score sheet keeps in sight. On a phone: a bar fixed at the
// bottom of the screen with the result so far (the star, the total), what blocks it,
// where the draft stands, and two buttons — the parts of the sheet to jump to, and the
// full summary — each opening as a sheet from the bottom. On a wider screen the page
// shows the summary beside the form (sticky) with the same jump list above it, and
// this bar is not rendered. The self-assessment uses it; the council's sheets will.
import { Dialog } from 'radix-ui';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

export interface JumpItem {
  /** the id of the element to scroll to */
  target: string;
  label: string;
  /** e.g. the points of the part so far */
  detail?: string;
  /** a section below a part */
  nested?: boolean;
}

const WORDS = {
  vi: {
    jump: 'Các phần',
    jumpTitle: 'Đi tới phần',
    details: 'Chi tiết',
    detailsTitle: 'Kết quả dự kiến',
    close: 'Đóng',
    bar: 'Tóm tắt phiếu',
  },
  en: {
    jump: 'Parts',
    jumpTitle: 'Go to part',
    details: 'Details',
    detailsTitle: 'Predicted result',
    close: 'Close',
    bar: 'Sheet summary',
  },
} as const;

function scrollToTarget(target: string) {
  const el = document.getElementById(target);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  // keyboard and screen-reader users continue from there
  const focusable = el.querySelector<HTMLElement>('h2, h3, legend, input, button') ?? el;
  if (!focusable.hasAttribute('tabindex') && !/^(INPUT|BUTTON)$/.test(focusable.tagName))
    focusable.setAttribute('tabindex', '-1');
  focusable.focus({ preventScroll: true });
}

/** Links to the parts (and sections) of a sheet. `onJump` closes whatever held the list. */
export function JumpList({ items, onJump }: { items: JumpItem[]; onJump?(): void }) {
  return (
    <ul className="flex flex-col gap-1 text-sm" data-testid="jump-list">
      {items.map((item) => (
        <li key={item.target} className={item.nested ? 'pl-4' : 'font-semibold'}>
          <a
            href={`#${item.target}`}
            className="flex justify-between gap-2 rounded px-1 py-1 underline-offset-2 hover:underline"
            onClick={(e) => {
              if (e.defaultPrevented) return;
              e.preventDefault();
              onJump?.();
              scrollToTarget(item.target);
            }}
          >
            <span className="min-w-0">{item.label}</span>
            {item.detail && <span className="shrink-0 text-slate-600">{item.detail}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}

function BottomSheet({
  title,
  trigger,
  open,
  onOpenChange,
  children,
}: {
  title: string;
  trigger: ReactNode;
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
}) {
  const { lang } = useI18n();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          className="fixed inset-x-0 bottom-0 z-50 max-h-[85vh] overflow-y-auto rounded-t-xl bg-white p-4 shadow-xl"
          aria-describedby={undefined}
          onClickCapture={(e) => {
            // a link to a place on the page (a criterion named in the summary) closes the sheet first
            const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#"]');
            if (!link) return;
            e.preventDefault();
            onOpenChange(false);
            const target = link.getAttribute('href')!.slice(1);
            requestAnimationFrame(() => scrollToTarget(target));
          }}
        >
          <div className="mb-2 flex items-center justify-between gap-2">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Close className="rounded border px-3 py-1">{WORDS[lang].close}</Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * The bar itself (render it only on phones). `result` is the star and total in a few
 * words, `blocks` what stands in the way (null when nothing), `save` the draft's state.
 */
export function SheetBar({
  result,
  blocks,
  save,
  jump,
  details,
}: {
  result: ReactNode;
  blocks: ReactNode | null;
  save: ReactNode;
  jump: JumpItem[];
  details: ReactNode;
}) {
  const { lang } = useI18n();
  const words = WORDS[lang];
  const [open, setOpen] = useState<'jump' | 'details' | null>(null);
  const button = 'shrink-0 rounded border border-brand-600 px-3 py-2 text-sm font-semibold text-brand-700';
  return (
    <>
      {/* keeps the end of the page clear of the bar */}
      <div aria-hidden="true" className="h-24" />
      <section
        aria-label={words.bar}
        data-testid="sheet-bar"
        className="fixed inset-x-0 bottom-0 z-30 border-t border-brand-600 bg-white px-3 py-2 shadow-[0_-2px_8px_rgba(0,0,0,0.08)]"
      >
        <div className="flex items-center justify-between gap-2">
          <div className="min-w-0">
            <div className="font-semibold" data-testid="sheet-bar-result">
              {result}
            </div>
            <div className="flex flex-wrap gap-x-3 text-xs">
              {blocks && (
                <span className="text-amber-800" data-testid="sheet-bar-blocks">
                  {blocks}
                </span>
              )}
              {save}
            </div>
          </div>
          <div className="flex shrink-0 gap-2">
            <BottomSheet
              title={words.jumpTitle}
              open={open === 'jump'}
              onOpenChange={(o) => setOpen(o ? 'jump' : null)}
              trigger={
                <button type="button" className={button}>
                  {words.jump}
                </button>
              }
            >
              <JumpList items={jump} onJump={() => setOpen(null)} />
            </BottomSheet>
            <BottomSheet
              title={words.detailsTitle}
              open={open === 'details'}
              onOpenChange={(o) => setOpen(o ? 'details' : null)}
              trigger={
                <button type="button" className={button}>
                  {words.details}
                </button>
              }
            >
              {details}
            </BottomSheet>
          </div>
        </div>
      </section>
    </>
  );
}
