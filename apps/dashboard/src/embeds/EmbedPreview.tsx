import { useLocale } from '../i18n/useLocale';
import { Section } from '../ui/Section';

export interface EmbedPreviewProps {
  readonly name: string;
  /** The page with only the finder, which the dashboard may frame. */
  readonly frameUrl: string;
  /** The version saved: each save loads the preview again. */
  readonly version: number;
}

/** The finder as visitors of the allowed sites see it, as saved. */
export function EmbedPreview({ name, frameUrl, version }: EmbedPreviewProps) {
  const { t } = useLocale();
  return (
    <Section title={t('dashboard.embed.preview.title')}>
      <p className="form__intro">{t('dashboard.embed.preview.intro')}</p>
      <iframe key={version} className="embed-preview" src={frameUrl} title={t('dashboard.embed.preview.frame', { name })} referrerPolicy="no-referrer" />
    </Section>
  );
}
