import { registerMessages } from '../../i18n';
import { edgesViewEn, edgesViewZh } from '../../i18n/messages/edgesView';

// The edge figure's texts travel with its code: registered when this chunk is evaluated.
registerMessages({ en: edgesViewEn, zh: edgesViewZh });
