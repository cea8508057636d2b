import type { Language as TextLanguage } from '@groupfinder/domain';
import { translate } from '@groupfinder/translations';
import { useLocale } from '../i18n/useLocale';
import { Section } from '../ui/Section';
import { CopyableCode } from './CopyableCode';
import { frameSnippet } from './embedSnippet';

export interface EmbedSnippetProps {
  /** The script and the element, as the API writes them. */
  readonly snippet: string;
  /** The page with only the finder. */
  readonly frameUrl: string;
  /** The language the finder speaks: the frame's title is in it, as the host page is. */
  readonly language: TextLanguage;
}

/** What to paste into a page of an allowed site: the snippet, or a frame where scripts are stripped. */
export function EmbedSnippet({ snippet, frameUrl, language }: EmbedSnippetProps) {
  const { t } = useLocale();
  return (
    <Section title={t('dashboard.embed.snippet.title')}>
      <p className="form__intro">{t('dashboard.embed.snippet.intro')}</p>
      <CopyableCode label={t('dashboard.embed.snippet.code')} code={snippet} copyLabel={t('dashboard.embed.snippet.copy')} />
      <p className="form__intro">{t('dashboard.embed.frame.intro')}</p>
      <CopyableCode label={t('dashboard.embed.frame.code')} code={frameSnippet(frameUrl, translate(language, 'widget.title'))} copyLabel={t('dashboard.embed.frame.copy')} />
    </Section>
  );
}
