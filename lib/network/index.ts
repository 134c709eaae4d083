// Public API of the network constructs.
export { Protocol, Port, ALL_PORT_RANGE } from './port';
export { IPeer, ISecurityGroupReference, Peer, PeerRuleConfig, PeerType } from './peer';
export {
  AlibabaCloudService, ALIBABA_CLOUD_SERVICE_CIDR, EgressPreset, EgressPresetRule, INTRANET_DNS_CIDRS, METADATA_SERVER_CIDR,
} from './egress-preset';
export { Connections, ConnectionsProps, IConnectable } from './connections';
export {
  AllowRuleOptions, HardenedSecurityGroup, HardenedSecurityGroupProps, ISecurityGroup, RuleDirection, RulePolicy, SecurityGroupAttributes,
  SecurityGroupImportOptions,
  SecurityGroupType,
} from './security-group';
