/**
 * Redaction for anything the SP-API client logs or prints. Two layers:
 * - by key: values under secret keys (tokens, client secrets) and personal-data keys
 *   (names, address lines, phones, emails) are replaced whatever they contain;
 * - by shape: in every other string, LWA access/refresh tokens, restricted data tokens,
 *   LWA client secrets, bearer credentials, e-mail addresses and phone numbers are replaced.
 */
export const REDACTED = '[redacted]';

/** Keys compared lower-case with `-` and `_` removed. */
const SECRET_KEYS = new Set([
  'accesstoken', 'xamzaccesstoken', 'refreshtoken', 'clientsecret', 'lwaclientsecret', 'restricteddatatoken',
  'authorization', 'password', 'secret', 'token', 'idtoken',
]);

const PERSONAL_KEYS = new Set([
  'name', 'firstname', 'lastname', 'fullname', 'buyername', 'recipientname', 'contactname', 'attention', 'companyname',
  'addressline1', 'addressline2', 'addressline3', 'address1', 'address2', 'address3', 'street', 'streetaddress',
  'city', 'county', 'district', 'postalcode', 'zipcode', 'zip',
  'phone', 'phonenumber', 'telephone', 'mobile', 'fax', 'email', 'emailaddress', 'buyeremail', 'notificationemails',
  'displayableordercomment', 'giftmessage',
]);

const normaliseKey = (key: string) => key.toLowerCase().replace(/[-_]/g, '');

export function isSensitiveKey(key: string): boolean {
  const k = normaliseKey(key);
  return SECRET_KEYS.has(k) || PERSONAL_KEYS.has(k);
}

const PATTERNS: RegExp[] = [
  // LWA access and refresh tokens (Atza|..., Atzr|...) and restricted data tokens (Atz.sprdt|...).
  /Atz[a-z]?(?:\.[a-z]+)?\|[^\s"',;&]+/g,
  // LWA client secrets.
  /amzn1\.oa2-cs\.v1\.[A-Za-z0-9]+/g,
  // Bearer credentials in header dumps.
  /\bBearer\s+[^\s"',;]+/gi,
  // Form-encoded or query-encoded secrets.
  /\b(refresh_token|access_token|client_secret)=[^&\s"']+/g,
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
];

// A run of digits with the separators phone numbers use; redacted only when it holds 7 to 15
// digits and is not an ISO date or time, so dates, quantities and ids keep their value.
const PHONE_LIKE = /(?<![\w.-])\+?\(?\d[\d\s().-]{5,22}\d(?![\w-])/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function redactPhones(text: string): string {
  return text.replace(PHONE_LIKE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    const separated = /[\s().-]/.test(match) || match.startsWith('+');
    // Unseparated runs count only at 10-11 digits (a national number with or without its
    // country code): 12-14 digit runs are UPCs, EANs, GTINs and tracking numbers, which
    // diagnosis needs and which identify no person.
    const looksLikePhone = digits >= 7 && digits <= 15 && (separated || digits === 10 || digits === 11);
    const isDateOrDecimal = ISO_DATE.test(match) || /^\d+\.\d+$/.test(match);
    return looksLikePhone && !isDateOrDecimal ? REDACTED : match;
  });
}

export function redactText(text: string): string {
  let out = text;
  for (const pattern of PATTERNS) {
    out = out.replace(pattern, (match, key: unknown) => (typeof key === 'string' ? `${key}=${REDACTED}` : REDACTED));
  }
  return redactPhones(out);
}

/** A deep copy of `value` with secrets and personal data replaced; safe to log. */
export function redact(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSensitiveKey(key) && item !== null && item !== undefined ? REDACTED : redact(item, seen);
  }
  return out;
}
