import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createObjectStore, createS3Client } from '#data/s3/object-store';
import { testConfig } from '#test/support/stack';

function store() {
  const config = testConfig('unused');
  return createObjectStore(createS3Client(config), config.s3.bucket);
}

describe('the object store against s3rver', () => {
  it('uploads through a presigned PUT and downloads byte-identical through a presigned GET', async () => {
    const objects = store();
    const key = `test/${randomBytes(6).toString('hex')}/report.pdf`;
    const bytes = randomBytes(64 * 1024);
    const upload = await objects.presignUpload(key, 'application/pdf', bytes.length, 300);
    expect(upload.method).toBe('PUT');
    expect(new URL(upload.url).searchParams.get('X-Amz-SignedHeaders')).toBe(
      'content-length;content-type;host',
    );
    const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: bytes });
    expect(put.status).toBe(200);

    expect(await objects.head(key)).toEqual({ size: bytes.length, contentType: 'application/pdf' });

    const download = await objects.presignDownload(key, 'Quarterly report ü.pdf', 60);
    const got = await fetch(download.url);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Quarterly report _.pdf"; filename*=UTF-8''Quarterly%20report%20%C3%BC.pdf`,
    );
  });

  it('never signs a URL for longer than 15 minutes', async () => {
    const upload = await store().presignUpload('test/x', 'text/plain', 3, 24 * 3600);
    expect(new URL(upload.url).searchParams.get('X-Amz-Expires')).toBe('900');
  });

  it('answers head() with undefined before anything is uploaded, and after delete', async () => {
    const objects = store();
    const key = `test/${randomBytes(6).toString('hex')}`;
    expect(await objects.head(key)).toBeUndefined();
    await objects.put(key, 'hello', 'text/plain');
    expect(await objects.head(key)).toEqual({ size: 5, contentType: 'text/plain' });
    await objects.delete(key);
    expect(await objects.head(key)).toBeUndefined();
  });
});
