import { Testing } from '../lib/cdktf';

// Registers the cdktf jest matchers (toHaveResource, toHaveResourceWithProperties, ...).
Testing.setupJest();
