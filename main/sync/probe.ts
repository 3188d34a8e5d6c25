import got from 'got';

/**
 * True when any of the hosts answers HTTP at all (a 403 for an unsigned request is an answer): the network and
 * Amazon's front door are there. No request carries credentials.
 */
export async function probeHosts(urls: string[], timeoutMs = 5000): Promise<boolean> {
  const unique = [...new Set(urls.filter(Boolean))];
  if (unique.length === 0) return true;
  const attempts = unique.map(async (url) => {
    await got(url, { method: 'HEAD', throwHttpErrors: false, retry: { limit: 0 }, timeout: { request: timeoutMs }, followRedirect: false });
    return true;
  });
  try {
    return await Promise.any(attempts);
  } catch {
    return false;
  }
}
