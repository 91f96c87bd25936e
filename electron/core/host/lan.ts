// LAN mode (off by default): the secretary's PC serves the conference to other machines on the hall's
// network. Which addresses a desk can open (a pure function of the interfaces, so it is tested without a
// network), and the HTTPS certificate, generated for this data folder on first use and kept there.
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';

/** Private (RFC 1918) IPv4 ranges: the hall's Wi-Fi or switch. */
function isPrivateIPv4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * Addresses other machines can use to reach this one: external IPv4 first (private ranges before others),
 * then global IPv6. Loopback and link-local addresses are left out (fe80:: needs a zone a phone cannot type).
 */
export function lanAddresses(interfaces: Record<string, NetworkInterfaceInfo[] | undefined>): string[] {
  const v4: string[] = [];
  const v6: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.internal) continue;
      if (info.family === 'IPv4') {
        if (!info.address.startsWith('169.254.')) v4.push(info.address);
      } else if (!/^fe[89ab]/i.test(info.address)) v6.push(info.address);
    }
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  return [...unique(v4).sort((x, y) => Number(isPrivateIPv4(y)) - Number(isPrivateIPv4(x))), ...unique(v6)];
}

/** "https://192.168.1.10:8443", with brackets for IPv6. */
export function baseUrl(protocol: 'http' | 'https', host: string, port: number): string {
  return `${protocol}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export interface LanCertificate {
  key: string;
  cert: string;
  /** SHA-256 fingerprint, "AB:CD:…". */
  fingerprint: string;
  /** Where it is kept. */
  dir: string;
}

/**
 * The certificate of this data folder: read from `<dir>/thu-ky-lan/`, or generated (self-signed, EC P-256,
 * ten years) and kept there on first use, so a desk that accepted it once sees the same one next time.
 */
export async function loadOrCreateCertificate(dataDir: string, names: string[] = []): Promise<LanCertificate> {
  const dir = join(dataDir, 'thu-ky-lan');
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    const { generate } = await import('selfsigned');
    const now = new Date();
    const ips = ['127.0.0.1', '::1', ...names.filter((n) => /^[\d.]+$|:/.test(n))];
    const result = await generate([{ name: 'commonName', value: 'Thư ký Hội nghị' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: new Date(now.getTime() - 24 * 3600_000),
      notAfterDate: new Date(now.getTime() + 10 * 365 * 24 * 3600_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, ...[...new Set(ips)].map((ip) => ({ type: 7 as const, ip }))] },
      ],
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(keyPath, result.private, { mode: 0o600 });
    writeFileSync(certPath, result.cert);
  }
  const key = readFileSync(keyPath, 'utf8');
  const cert = readFileSync(certPath, 'utf8');
  return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256, dir };
}
