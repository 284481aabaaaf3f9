import { registerMessages } from '../../i18n';
import { tilingViewEn, tilingViewZh } from '../../i18n/messages/tilingView';

// The tiling figure's texts travel with its code: registered when this chunk is evaluated.
registerMessages({ en: tilingViewEn, zh: tilingViewZh });
