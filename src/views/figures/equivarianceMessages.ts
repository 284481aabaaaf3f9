import { registerMessages } from '../../i18n';
import { equivarianceViewEn, equivarianceViewZh } from '../../i18n/messages/equivarianceView';

// The equivariance figure's texts travel with its code: registered when this chunk is evaluated.
registerMessages({ en: equivarianceViewEn, zh: equivarianceViewZh });
