import { registerMessages } from '../../i18n';
import { predictViewEn, predictViewZh } from '../../i18n/messages/predictView';

// An open question's texts travel with its code: registered when this chunk is evaluated.
registerMessages({ en: predictViewEn, zh: predictViewZh });
