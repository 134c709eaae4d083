/**
 * Days of the week of an automatic snapshot policy (`repeat_weekdays`): "1" is Monday, "7" Sunday.
 *
 * Source: CreateAutoSnapshotPolicy `repeatWeekdays` ("1 to 7 ... 1 indicates Monday") and the
 * `alicloud_ecs_auto_snapshot_policy` docs (provider v1.285.0).
 */
export enum Weekday {
  MONDAY = '1',
  TUESDAY = '2',
  WEDNESDAY = '3',
  THURSDAY = '4',
  FRIDAY = '5',
  SATURDAY = '6',
  SUNDAY = '7',
}

/** Every day of the week, Monday to Sunday. */
export const EVERY_DAY: readonly Weekday[] = [
  Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY, Weekday.SUNDAY,
];

/**
 * When automatic snapshots are taken.
 */
export interface SnapshotSchedule {
  /**
   * Hours of the day (0 to 23, **UTC+8**, as the platform uses), unique, at most 24
   * (CreateAutoSnapshotPolicy `timePoints`: "0 to 23 ... up to 24 points in time", UTC+8).
   * Off-peak hours 2 to 5 match the Cloud Config rule `ecs-snapshot-policy-timepoints-check`.
   *
   * @default [2] - 02:00 UTC+8
   */
  readonly hours?: number[];

  /**
   * Days of the week, unique.
   *
   * @default EVERY_DAY
   */
  readonly weekdays?: Weekday[];
}

/** Snapshot retention: a number of days, or forever. */
export class SnapshotRetention {
  /**
   * Keep snapshots `days` days: 1 to 65536 (CreateAutoSnapshotPolicy / AutoSnapshotPolicy data type:
   * "RetentionDays -1: permanent, 1~65536"). Under 7 days needs `allowShortRetention` (Cloud Config /
   * InfraGuard rule `ecs-snapshot-retention-days`: at least 7 days).
   */
  public static days(days: number): SnapshotRetention {
    return new SnapshotRetention(days);
  }

  /** Keep snapshots until deleted (`retention_days = -1`). The 1,000 automatic snapshots per disk quota still applies. */
  public static forever(): SnapshotRetention {
    return new SnapshotRetention(-1);
  }

  /** The `retention_days` value (-1 = forever). */
  private constructor(public readonly days: number) {}
}
