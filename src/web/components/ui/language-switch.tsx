// The language switch: one click between Vietnamese and English, named in both.
import { useI18n } from '../../lib/i18n.tsx';

export function LanguageSwitch({ className = 'underline' }: { className?: string }) {
  const { t, lang, setLang } = useI18n();
  return (
    <button
      type="button"
      className={className}
      lang={lang === 'vi' ? 'en' : 'vi'}
      aria-label={t.languageName}
      onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
      data-testid="language-switch"
    >
      {t.language}
    </button>
  );
}
