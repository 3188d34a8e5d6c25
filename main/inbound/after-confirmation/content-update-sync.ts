import { randomUUID } from 'node:crypto';
import type { ContentUpdateBox } from '../../../shared/ipc/inbound-after';
import type { OutboxHandler, OutboxOutcome } from '../../sync/outcome';
import { SpApiError } from '../../spapi/errors';
import { amazonBoxSignature, boxSignature } from '../sync/packing-handlers';
import type { AmazonPlan, InboundSyncDeps } from '../sync/deps';
import type { BoxBody, InboundApi, OperationStarted } from '../sync/inbound-api';
import type { AfterRepo, ContentUpdateRow, StoredPreview } from './after-repo';
import { UpdatePayload } from './after-ops';
import { contentUpdateRequest, requestSignature, type BoxUpdateInput, type ItemInput } from './content-update-request';

interface PreviewBody {
  contentUpdatePreviewId: string;
  expiration: string;
  requestedUpdates?: { boxes?: BoxUpdateInput[]; items?: ItemInput[] };
  transportationOption: {
    transportationOptionId: string;
    shipmentId: string;
    shippingMode: string;
    shippingSolution: string;
    carrier?: { name?: string; alphaCode?: string };
    quote?: { cost?: { amount: number; code: string } };
  };
}

type Update = { planId: string; updateId: string };

/**
 * Amazon refusing the call itself (4xx other than throttling: an expired preview, a shipment that moved on) ends the
 * update as refused with Amazon's reason, so the packer sees why instead of a spinner; anything else is thrown on.
 */
async function refusedAs(repo: AfterRepo, updateId: string, send: () => Promise<OutboxOutcome>): Promise<OutboxOutcome> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof SpApiError) || error.status < 400 || error.status >= 500 || error.status === 429) throw error;
    const problems = error.errors.length > 0 ? error.errors.map((e) => ({ code: e.code, message: e.message })) : [{ code: `HTTP_${error.status}`, message: error.message }];
    repo.setContentUpdate(updateId, { state: 'refused', problems });
    return { kind: 'failed', error: { code: error.code ?? `HTTP_${error.status}`, message: error.message } };
  }
}

/** Reads Amazon's package id of every box of the shipment that has an Amazon box id, by that box id. */
async function learnPackageIds(repo: AfterRepo, api: InboundApi, plan: AmazonPlan, shipmentId: string): Promise<BoxBody[]> {
  const remote = await api.shipmentBoxes(plan.amazon_plan_id, shipmentId);
  const byBoxId = new Map(remote.filter((b) => b.boxId).map((b) => [b.boxId!, b.packageId]));
  repo.db.transaction(() => {
    for (const box of repo.shipmentBoxes(plan.id, shipmentId)) {
      const packageId = box.amazonBoxId ? byBoxId.get(box.amazonBoxId) : undefined;
      if (packageId && packageId !== box.amazonPackageId) repo.setPackageId(box.id, packageId);
    }
  })();
  return remote;
}

function buildRequest(repo: AfterRepo, deps: InboundSyncDeps, plan: AmazonPlan, update: ContentUpdateRow) {
  const packages = new Map(repo.shipmentBoxes(plan.id, update.shipment_id).map((b) => [b.id, b]));
  return contentUpdateRequest(
    JSON.parse(update.boxes) as ContentUpdateBox[],
    (boxId) => {
      const packageId = packages.get(boxId)?.amazonPackageId;
      if (!packageId) throw new Error(`Box ${packages.get(boxId)?.number ?? boxId} has no Amazon package id; Amazon did not list it in shipment ${update.shipment_id}.`);
      return packageId;
    },
    deps.repo.items(plan.id),
  );
}

function stored(preview: PreviewBody, previousCost: StoredPreview['previousCost']): StoredPreview {
  const option = preview.transportationOption;
  return {
    previewId: preview.contentUpdatePreviewId,
    expiresAt: preview.expiration,
    items: (preview.requestedUpdates?.items ?? []).map((i) => ({ msku: i.msku, quantity: i.quantity })),
    boxCount: (preview.requestedUpdates?.boxes ?? []).reduce((n, b) => n + b.quantity, 0),
    carrier: option.carrier?.name ?? option.carrier?.alphaCode ?? '',
    shippingMode: option.shippingMode,
    shippingSolution: option.shippingSolution,
    cost: option.quote?.cost ?? null,
    previousCost,
    transportationOptionId: option.transportationOptionId,
    raw: preview,
  };
}

/**
 * Sends a content update for a preview and reads the preview back. An attempt whose reply was lost first looks for a
 * preview of exactly this box set, so Amazon never makes two. Amazon refusing the update (its rules went beyond the
 * ones checked at the station) leaves the update refused with Amazon's reasons.
 */
export function previewContentUpdateHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Update> {
  const findPreview = async (api: InboundApi, plan: AmazonPlan, update: ContentUpdateRow, signature: string) => {
    const previews = await api.call<{ contentUpdatePreviews?: PreviewBody[] }>('listShipmentContentUpdatePreviews', {
      path: { inboundPlanId: plan.amazon_plan_id, shipmentId: update.shipment_id },
      query: { pageSize: 20 },
    });
    return (previews.contentUpdatePreviews ?? [])
      .filter((p) => requestSignature(p.requestedUpdates ?? {}) === signature)
      .sort((a, b) => Date.parse(b.expiration) - Date.parse(a.expiration))[0];
  };
  const previousCost = (plan: AmazonPlan, shipmentId: string) => {
    const row = deps.db
      .prepare(
        `SELECT t.raw FROM inbound_shipments s JOIN inbound_transportation_options t ON t.plan_id = s.plan_id AND t.transportation_option_id = s.transportation_option_id
         WHERE s.plan_id = ? AND s.shipment_id = ?`,
      )
      .get(plan.id, shipmentId) as { raw: string } | undefined;
    return row ? ((JSON.parse(row.raw) as { quote?: { cost?: { amount: number; code: string } } }).quote?.cost ?? null) : null;
  };
  return {
    payload: UpdatePayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      const update = repo.contentUpdate(payload.updateId);
      if (!plan || update.state === 'discarded' || update.state === 'previewed') return { kind: 'done' };
      const api = deps.api(plan.account_id);
      await learnPackageIds(repo, api, plan, update.shipment_id);
      const request = buildRequest(repo, deps, plan, update);
      const signature = requestSignature(request);
      if (update.state === 'generated' || inDoubt) {
        const found = await findPreview(api, plan, update, signature);
        if (found) {
          repo.setContentUpdate(update.id, { state: 'previewed', preview: stored(found, previousCost(plan, update.shipment_id)) });
          return { kind: 'done' };
        }
        if (update.state === 'generated') return { kind: 'retry', reason: 'Amazon has not listed the preview yet', afterMs: 1000 };
      }
      return refusedAs(repo, update.id, async () => {
        const body = await api.call<OperationStarted>('generateShipmentContentUpdatePreviews', {
          path: { inboundPlanId: plan.amazon_plan_id, shipmentId: update.shipment_id },
          body: request,
        });
        return { kind: 'await-operation', operationId: body.operationId };
      });
    },
    operationFinished({ payload }, status, problems) {
      if (status === 'SUCCESS') {
        repo.setContentUpdate(payload.updateId, { state: 'generated' });
        return 'again';
      }
      repo.setContentUpdate(payload.updateId, { state: 'refused', problems: problems.filter((p) => p.severity === 'ERROR').map((p) => ({ code: p.code, message: p.message })) });
    },
  };
}

/** Makes the station's boxes of the shipment the box set Amazon just confirmed, and learns the new boxes' ids. */
function applyConfirmed(deps: InboundSyncDeps, repo: AfterRepo, plan: AmazonPlan, update: ContentUpdateRow, remote: BoxBody[], preview: StoredPreview): void {
  const wanted = JSON.parse(update.boxes) as ContentUpdateBox[];
  const db = deps.db;
  const at = Date.now();
  const kept = new Set(wanted.flatMap((b) => (b.boxId ? [b.boxId] : [])));
  const current = repo.shipmentBoxes(plan.id, update.shipment_id);
  const setLines = (boxId: string, lines: ContentUpdateBox['lines']) => {
    db.prepare('DELETE FROM inbound_box_items WHERE box_id = ?').run(boxId);
    const insert = db.prepare('INSERT INTO inbound_box_items (box_id, msku, quantity, expiration) VALUES (?, ?, ?, ?)');
    for (const l of lines) insert.run(boxId, l.msku, l.quantity, l.expiration);
  };
  for (const box of current) if (!kept.has(box.id)) db.prepare('DELETE FROM inbound_boxes WHERE id = ?').run(box.id);
  let number = (db.prepare('SELECT coalesce(max(number), 0) AS n FROM inbound_boxes WHERE plan_id = ?').get(plan.id) as { n: number }).n;
  const added: { id: string; box: ContentUpdateBox }[] = [];
  for (const box of wanted) {
    const id = box.boxId ?? randomUUID();
    if (box.boxId) {
      db.prepare(
        `UPDATE inbound_boxes SET weight = ?, weight_unit = ?, length = ?, width = ?, height = ?, dimension_unit = ?, content_source = ?, updated_at = ? WHERE id = ?`,
      ).run(box.weight.value, box.weight.unit, box.dimensions.length, box.dimensions.width, box.dimensions.height, box.dimensions.unit, box.contentSource, at, id);
    } else {
      number += 1;
      db.prepare(
        `INSERT INTO inbound_boxes (id, plan_id, number, packing_group_id, shipment_id, status, weight, weight_unit, length, width, height, dimension_unit, content_source, created_at, updated_at, closed_at)
         VALUES (?, ?, ?, NULL, ?, 'closed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, plan.id, number, update.shipment_id, box.weight.value, box.weight.unit, box.dimensions.length, box.dimensions.width, box.dimensions.height, box.dimensions.unit, box.contentSource, at, at, at);
      added.push({ id, box });
    }
    setLines(id, box.lines);
  }
  // New boxes get Amazon's ids by content, weight and size among the boxes no station box holds yet.
  const taken = new Set(repo.shipmentBoxes(plan.id, update.shipment_id).flatMap((b) => (b.amazonPackageId ? [b.amazonPackageId] : [])));
  const free = remote.filter((r) => !taken.has(r.packageId));
  for (const { id, box } of added) {
    const signature = boxSignature({ lines: box.lines, weight: box.weight, dimensions: box.dimensions });
    const index = free.findIndex((r) => amazonBoxSignature(r) === signature);
    if (index < 0) continue;
    const [match] = free.splice(index, 1);
    db.prepare('UPDATE inbound_boxes SET amazon_box_id = ?, amazon_package_id = ? WHERE id = ?').run(match!.boxId ?? null, match!.packageId, id);
  }
  const option = (preview.raw as PreviewBody).transportationOption;
  db.prepare(
    `INSERT INTO inbound_transportation_options (plan_id, transportation_option_id, placement_option_id, shipment_id, shipping_mode, shipping_solution, raw)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, transportation_option_id) DO NOTHING`,
  ).run(plan.id, option.transportationOptionId, plan.placement_option_id, update.shipment_id, option.shippingMode, option.shippingSolution, JSON.stringify(option));
  db.prepare('UPDATE inbound_shipments SET transportation_option_id = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?').run(option.transportationOptionId, at, plan.id, update.shipment_id);
  repo.setContentUpdate(update.id, { state: 'applied' });
}

/**
 * Confirms the preview the packer accepted. Amazon moves the shipment to the preview's transportation option when it
 * confirms, so an attempt in doubt first reads the shipment: already on that option means already confirmed.
 */
export function confirmContentUpdateHandler(deps: InboundSyncDeps, repo: AfterRepo): OutboxHandler<Update> {
  return {
    payload: UpdatePayload,
    async send({ payload, inDoubt }) {
      const plan = deps.requireAmazonPlan(payload.planId);
      const update = repo.contentUpdate(payload.updateId);
      const preview = repo.storedPreview(update);
      if (!plan || !preview || update.state === 'applied' || update.state === 'discarded') return { kind: 'done' };
      const api = deps.api(plan.account_id);
      let confirmed = update.state === 'confirmed';
      if (!confirmed && inDoubt) confirmed = (await api.shipment(plan.amazon_plan_id, update.shipment_id)).selectedTransportationOptionId === preview.transportationOptionId;
      if (confirmed) {
        const remote = await api.shipmentBoxes(plan.amazon_plan_id, update.shipment_id);
        deps.db.transaction(() => applyConfirmed(deps, repo, plan, update, remote, preview))();
        return { kind: 'done' };
      }
      return refusedAs(repo, update.id, async () => {
        const body = await api.call<OperationStarted>('confirmShipmentContentUpdatePreview', {
          path: { inboundPlanId: plan.amazon_plan_id, shipmentId: update.shipment_id, contentUpdatePreviewId: preview.previewId },
        });
        return { kind: 'await-operation', operationId: body.operationId };
      });
    },
    operationFinished({ payload }, status, problems) {
      if (status === 'SUCCESS') {
        repo.setContentUpdate(payload.updateId, { state: 'confirmed' });
        return 'again';
      }
      repo.setContentUpdate(payload.updateId, { state: 'refused', problems: problems.filter((p) => p.severity === 'ERROR').map((p) => ({ code: p.code, message: p.message })) });
    },
  };
}
