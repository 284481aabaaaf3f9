import { registerMessages } from '../i18n';
import { embedViewEn, embedViewZh } from '../i18n/messages/embedView';

// The embed dialog's texts travel with its code: registered when this chunk is evaluated.
registerMessages({ en: embedViewEn, zh: embedViewZh });
