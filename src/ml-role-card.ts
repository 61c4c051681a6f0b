import { MlRoleCard } from './elements/role-card/role-card.js';
import { define } from './shared/define.js';

define('ml-role-card', MlRoleCard);

export { MlRoleCard };

declare global {
  interface HTMLElementTagNameMap {
    'ml-role-card': MlRoleCard;
  }
}
