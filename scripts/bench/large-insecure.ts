/**
 * Writes a large insecure Terraform JSON document for the checker's hostile-input bench: `count`
 * instances, each with every instance rule failing and padded tags, so the file is about
 * 2 KB per instance (25,000 instances: about 50 MB and over 300,000 findings).
 *
 * Usage: node large-insecure.js <count> <out.tf.json>
 */
import * as fs from 'fs';

/** Writes the document (streamed, so the generator itself stays small). */
export function writeLargeInsecure(count: number, file: string): void {
  const fd = fs.openSync(file, 'w');
  const padding = 'x'.repeat(1500);
  try {
    fs.writeSync(fd, '{"resource":{"alicloud_instance":{');
    for (let i = 0; i < count; i++) {
      const body = {
        image_id: 'aliyun_3_x64_20G_alibase_20240819.vhd',
        instance_type: 'ecs.g7.large',
        http_tokens: 'optional',
        system_disk_encrypted: '${false}',
        internet_max_bandwidth_out: 10,
        password: 'Insecure-Passw0rd',
        data_disks: [{ size: 20, encrypted: false }, { size: 40, encrypted: false }],
        tags: { Name: `web-${i}`, Padding: padding },
      };
      fs.writeSync(fd, `${i ? ',' : ''}"web_${i}":${JSON.stringify(body)}`);
    }
    fs.writeSync(fd, '}}}\n');
  } finally {
    fs.closeSync(fd);
  }
}

if (require.main === module) {
  const [countText, out] = process.argv.slice(2);
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1 || !out) {
    console.error('usage: large-insecure.js <count> <out.tf.json>');
    process.exit(2);
  }
  writeLargeInsecure(count, out);
}
