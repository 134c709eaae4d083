/**
/* packages or run terraform:
 * - `@cdktf/commons` calls HashiCorp's checkpoint service when imported; never from here.
 * - A `TF_CLI_CONFIG_FILE` pointing at a missing file only makes terraform print a warning on every
 *   command; drop it so the output shows what matters.
 */
import * as fs from 'fs';

process.env.CHECKPOINT_DISABLE = '1';
if (process.env.TF_CLI_CONFIG_FILE && !fs.existsSync(process.env.TF_CLI_CONFIG_FILE)) {
  delete process.env.TF_CLI_CONFIG_FILE;
}
