import { MlRoleCard } from './elements/role-card/role-card.js';
import { define } from './shared/define.js';

define('ml-role-card', MlRoleCard);

// Its events' detail types; re-exporting them also brings their GlobalEventHandlersEventMap
// entries to a project that imports only this entry.
export type { ToggleDetail } from './shared/events.js';
// The type of its `theme` property, as the README's API table names it.
export type { Theme } from './shared/ml-element.js';
export { MlRoleCard };

declare global {
  interface HTMLElementTagNameMap {
    'ml-role-card': MlRoleCard;
  }
}
