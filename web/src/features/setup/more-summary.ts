// One line that says what the closed "Interviewer, microphone and more" panel holds now, so the
// choices inside are never hidden choices.
import { findLanguage } from '../../lib/languages';
import { PATIENCE_LABELS } from '../../lib/interviewer/patience';
import type { SetupFormValues } from './setup-form';

export function moreSummary(
  values: Pick<SetupFormValues, 'voice' | 'languageCode' | 'lengthMinutes' | 'patience' | 'avatar'>,
  avatarOffered: boolean,
): string {
  const language = findLanguage(values.languageCode)?.name ?? values.languageCode;
  const face = avatarOffered ? (values.avatar ? ' · video interviewer' : ' · voice only') : '';
  return `${values.voice} voice · ${language} · ${values.lengthMinutes} minutes · ${PATIENCE_LABELS[values.patience].label.toLowerCase()} patience${face}`;
}
