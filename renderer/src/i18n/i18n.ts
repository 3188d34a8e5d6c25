import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zhCN } from './resources';
import type { Language } from '../../../shared/ipc/settings';

const LAST_LANGUAGE = 'packbench.language';

/** The last language is also kept in the page so the first paint is already in the packer's language. */
function initialLanguage(): Language {
  const saved = window.localStorage.getItem(LAST_LANGUAGE);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function applyLanguage(language: Language): void {
  window.localStorage.setItem(LAST_LANGUAGE, language);
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

export default i18next;
