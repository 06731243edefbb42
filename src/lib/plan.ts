// An action plan item's actions, owners and target dates are parallel lists whose lengths can
// differ (the source table's cells do not always line up). Pair them by index where both
// exist, and keep the rest as extras: never pad, never drop.
import type { ActionPlanItem } from '../../core/schemas';

export interface PairedAction {
  text: string;
  owner: string | null;
  date: string | null;
}
export interface PairedPlan {
  actions: PairedAction[];
  extraOwners: string[];
  extraDates: string[];
  /** True when the three lists do not have the same length. */
  mismatch: boolean;
}

export function pairActions(item: Pick<ActionPlanItem, 'actions' | 'owners' | 'target_dates'>): PairedPlan {
  const n = item.actions.length;
  return {
    actions: item.actions.map((text, i) => ({
      text,
      owner: i < item.owners.length ? item.owners[i] : null,
      date: i < item.target_dates.length ? item.target_dates[i] : null,
    })),
    extraOwners: item.owners.slice(n),
    extraDates: item.target_dates.slice(n),
    mismatch: item.owners.length !== n || item.target_dates.length !== n,
  };
}
