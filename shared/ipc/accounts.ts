import { z } from 'zod';
import type { ChannelMap } from './channel';
import { MARKETPLACES, REGIONS, marketplaceIdsOf } from '../marketplaces';

export const AccountType = z.enum(['seller', 'vendor']);
export const Region = z.enum(REGIONS);
export const Environment = z.enum(['production', 'sandbox']);

const MarketplaceId = z.string().refine((id) => id in MARKETPLACES, { message: 'Unknown marketplace id' });

const accountFields = {
  name: z.string().trim().min(1, 'Name is required').max(80),
  type: AccountType,
  region: Region,
  marketplaceIds: z.array(MarketplaceId).min(1, 'Choose at least one marketplace'),
  environment: Environment,
  lwaClientId: z.string().trim().min(1, 'LWA client id is required').max(200),
};

const regionCheck = (value: { region: z.infer<typeof Region>; marketplaceIds: string[] }, ctx: z.RefinementCtx) => {
  const allowed = new Set(marketplaceIdsOf(value.region));
  value.marketplaceIds.forEach((id, index) => {
    if (!allowed.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['marketplaceIds', index],
        message: `Marketplace ${id} is not in region ${value.region}`,
      });
    }
  });
};

/** A new account carries its secrets once; they never travel back. */
export const AccountCreate = z
  .object({
    ...accountFields,
    lwaClientSecret: z.string().min(1, 'Client secret is required').max(500),
    refreshToken: z.string().min(1, 'Refresh token is required').max(2000),
  })
  .strict()
  .superRefine(regionCheck);
export type AccountCreate = z.infer<typeof AccountCreate>;

/** An edit leaves a secret untouched unless a new value is given. */
export const AccountUpdate = z
  .object({
    id: z.string().min(1),
    ...accountFields,
    lwaClientSecret: z.string().min(1).max(500).optional(),
    refreshToken: z.string().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine(regionCheck);
export type AccountUpdate = z.infer<typeof AccountUpdate>;

/** What the renderer may know about an account: never a secret. */
export const AccountSummary = z.object({
  id: z.string(),
  name: z.string(),
  type: AccountType,
  region: Region,
  marketplaceIds: z.array(z.string()),
  environment: Environment,
  lwaClientId: z.string(),
  practice: z.boolean(),
  secretsConfigured: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

const ById = z.object({ id: z.string().min(1) }).strict();

export const ConnectionTest = z.object({
  ok: z.boolean(),
  message: z.string(),
  marketplaces: z.array(z.object({ id: z.string(), countryCode: z.string(), name: z.string(), participating: z.boolean() })),
});
export type ConnectionTest = z.infer<typeof ConnectionTest>;

export const accountsChannels = {
  'accounts:list': { request: z.object({}).strict(), response: z.array(AccountSummary) },
  'accounts:create': { request: AccountCreate, response: AccountSummary },
  'accounts:update': { request: AccountUpdate, response: AccountSummary },
  'accounts:remove': { request: ById, response: z.object({ removed: z.boolean() }) },
  /** Calls Sellers getMarketplaceParticipations with the stored credentials. */
  'accounts:test-connection': { request: ById, response: ConnectionTest },
} satisfies ChannelMap;
