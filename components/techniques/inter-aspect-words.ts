import { getTranslations } from 'next-intl/server';
import type { InterAspectWords } from './inter-aspect-table';

/** The aspect table's column words in the request's locale, with the caller's sides and caption. */
export async function interAspectWords(
  sides: Pick<InterAspectWords, 'caption' | 'a' | 'b'>,
): Promise<InterAspectWords> {
  const t = await getTranslations('techniques');
  return {
    ...sides,
    aspect: t('aspectList.aspect'),
    orb: t('aspectList.orb'),
    motion: t('aspectList.motion'),
    motions: {
      applying: t('aspectList.applying'),
      separating: t('aspectList.separating'),
      exact: t('aspectList.exact'),
      fixed: t('aspectList.fixed'),
    },
    none: t('common.noAspects'),
  };
}
