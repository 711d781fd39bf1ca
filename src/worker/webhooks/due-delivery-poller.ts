import type { WebhookDue } from '#data/entities/webhook-delivery';
import type { WebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import type { AppLogger } from '#lib/logger';
import type { AttemptResult } from './webhook-deliverer.ts';

export interface DueDeliveryPollerDeps {
  deliveries: Pick<WebhookDeliveryRepository, 'due'>;
  attempt: (due: WebhookDue) => Promise<AttemptResult>;
  /** Attempts in flight at once: a slow endpoint holds one slot, the others go on. */
  concurrency: number;
  pollIntervalMs: number;
  logger: AppLogger;
}

export interface DueDeliveryPoller {
  /** Look for due deliveries now (deliveries were just recorded). */
  wake(): void;
  /** Stops looking and waits for the attempts in flight. */
  stop(): Promise<void>;
  /** Attempts finished since start, by result. */
  readonly counts: Readonly<Record<AttemptResult, number>>;
}

/**
 * Runs due deliveries from the table's due queue: polls it, starts attempts up to the
 * concurrency cap and never waits for one attempt before starting the next (each is bounded
 * by its own timeout). Used where no managed queue carries the deliveries (the local stack).
 */
export function startDueDeliveryPoller(deps: DueDeliveryPollerDeps): DueDeliveryPoller {
  const inFlight = new Map<string, Promise<void>>();
  const counts: Record<AttemptResult, number> = { delivered: 0, retrying: 0, failed: 0, skipped: 0 };
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  let again = false;

  async function poll(): Promise<void> {
    const free = deps.concurrency - inFlight.size;
    if (free <= 0) return;
    const due = await deps.deliveries.due(new Date(), deps.concurrency);
    for (const item of due) {
      if (!running || inFlight.size >= deps.concurrency) break;
      if (inFlight.has(item.deliveryId)) continue;
      const run = deps
        .attempt(item)
        .then((result) => {
          counts[result]++;
        })
        .catch((error: unknown) =>
          deps.logger.error('webhook attempt failed', { deliveryId: item.deliveryId, error }),
        )
        .finally(() => {
          inFlight.delete(item.deliveryId);
          // A slot is free: there may be more waiting.
          if (running) schedule(0);
        });
      inFlight.set(item.deliveryId, run);
    }
  }

  function tick(): void {
    timer = undefined;
    if (!running) return;
    if (polling) {
      again = true;
      return;
    }
    polling = poll()
      .catch((error: unknown) => deps.logger.error('webhook due poll failed', { error }))
      .finally(() => {
        polling = undefined;
        if (again) {
          again = false;
          schedule(0);
        } else schedule(deps.pollIntervalMs);
      });
  }

  function schedule(delayMs: number): void {
    if (!running) return;
    if (timer && delayMs > 0) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await polling;
      await Promise.allSettled(inFlight.values());
    },
    counts,
  };
}
