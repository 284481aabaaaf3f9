import { registerMessages } from '../../i18n';
import { playgroundViewEn, playgroundViewZh } from '../../i18n/messages/playgroundView';

// The playground's texts travel with its code: registered when this chunk is evaluated, before any
// of its views renders.
registerMessages({ en: playgroundViewEn, zh: playgroundViewZh });
