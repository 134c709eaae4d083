import { Construct } from 'constructs';
import { ALB_STRONG_CIPHERS, ALB_TLS_VERSIONS } from '../controls';
import { checkProvider, checkTags } from '../core/construct-checks';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { AlbListener } from '../generated/providers/alicloud/alb-listener';
import { AlbLoadBalancer } from '../generated/providers/alicloud/alb-load-balancer';
import { AlbLoadBalancerAccessLogConfigAttachment } from '../generated/providers/alicloud/alb-load-balancer-access-log-config-attachment';
import { AlbLoadBalancerSecurityGroupAttachment } from '../generated/providers/alicloud/alb-load-balancer-security-group-attachment';
import { AlbRule } from '../generated/providers/alicloud/alb-rule';
import { AlbSecurityPolicy } from '../generated/providers/alicloud/alb-security-policy';
import { AlbServerGroup } from '../generated/providers/alicloud/alb-server-group';
import { Connections, HardenedSecurityGroup, IConnectable, IPeer, Peer, Port } from '../network';

/** One zone of the load balancer: a vSwitch and its zone. */
export interface LoadBalancerZone {
  /** vSwitch id. */
  readonly vswitchId: string;
  /** Zone of the vSwitch, e.g. `cn-hangzhou-h`. */
  readonly zoneId: string;
}

/** SLS destination of the access logs. */
export interface AccessLogDestination {
  /** SLS project name. */
  readonly logProject: string;
  /** SLS log store name. */
  readonly logStore: string;
}

/** Health check of the backends. */
export interface BackendHealthCheck {
  /** Path probed over the backend protocol. @default '/health' */
  readonly path?: string;
  /** Status codes that count as healthy. @default ['http_2xx', 'http_3xx'] */
  readonly codes?: Array<'http_2xx' | 'http_3xx' | 'http_4xx' | 'http_5xx'>;
}

/** Props of {@link HttpsLoadBalancer}. */
export interface HttpsLoadBalancerProps extends HardenedConstructProps {
  /** VPC of the load balancer and its backends. */
  readonly vpcId: string;
  /** At least two vSwitches in different zones (ALB needs two zones). */
  readonly zones: LoadBalancerZone[];
  /** Certificate id of the HTTPS listener (Certificate Management Service, e.g. `1234567-cn-hangzhou`). */
  readonly certificateId: string;
  /** Where the access logs go (SLS). Control: CIS Alibaba Cloud Foundations 2.x (logging); audit. */
  readonly accessLogs: AccessLogDestination;
  /** Internet-facing or internal. @default 'Internet' */
  readonly addressType?: 'Internet' | 'Intranet';
  /** @default 'Standard' */
  readonly edition?: 'Basic' | 'Standard' | 'StandardWithWaf';
  /** Name of the load balancer, 2–128 characters. @default - the construct path, sanitised */
  readonly loadBalancerName?: string;
  /**
   * Clients allowed to reach the listeners (ingress of the load balancer's security group).
   * @default [Peer.anyIpv4()] for Internet, the VPC only (no rule) for Intranet
   */
  readonly clientPeers?: IPeer[];
  /** Port the backends serve HTTPS on. @default 443 */
  readonly backendPort?: number;
  /** @default - '/health', 2xx and 3xx */
  readonly healthCheck?: BackendHealthCheck;
  /**
   * An HTTP listener on port 80 that only redirects to HTTPS (301). Turning it off removes port 80.
   * @default true
   */
  readonly httpRedirect?: boolean;
  /** Tags of every resource. @default - none */
  readonly tags?: Record<string, string>;
}

const CERT_ID = /^[0-9]+-[a-z]{2,}-[a-z0-9-]+$/;
const NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.-]{1,127}$/;

/**
 * An Application Load Balancer that speaks HTTPS only:
 *
 * | setting | default | control |
 * | --- | --- | --- |
 * | HTTPS listener | port 443 with the given certificate, forwarding to an HTTPS server group | encryption in transit |
 * | TLS policy | `alicloud_alb_security_policy` with TLS 1.2 and 1.3 and forward-secret AEAD ciphers only | no TLS 1.0/1.1 |
 * | HTTP | port 80 only redirects (301) to HTTPS; its default action forwards to an empty server group, so nothing is ever served over HTTP | |
 * | access logs | to the given SLS project / log store | audit |
 * | deletion protection | `deletion_protection_enabled = true` | |
 * | network | in the given vSwitches (two zones), in a HardenedSecurityGroup admitting 443 (and 80) from `clientPeers` | |
 *
 * Register backends with `SecureScalingGroup.attachToAlbServerGroup(lb.serverGroup, { port: 443 })`
 * and let them accept HTTPS only from the load balancer: `lb.connections.allowTo(group, Port.HTTPS)`.
 * Security groups on ALB need an ALB instance that supports them (new instances do; see Alibaba Cloud
 * "Add an ALB instance to a security group").
 */
export class HttpsLoadBalancer extends Construct implements IConnectable {
  /** The L1 `alicloud_alb_load_balancer`. */
  public readonly resource: AlbLoadBalancer;
  /** Load balancer id. */
  public readonly loadBalancerId: string;
  /** DNS name of the load balancer. */
  public readonly dnsName: string;
  /** The HTTPS server group the backends are registered in. */
  public readonly serverGroup: AlbServerGroup & { readonly serverGroupId: string };
  /** The HTTPS listener. */
  public readonly httpsListener: AlbListener;
  /** The redirect-only HTTP listener, unless `httpRedirect` is false. */
  public readonly httpListener?: AlbListener;
  /** The TLS policy. */
  public readonly securityPolicy: AlbSecurityPolicy;
  /** The load balancer's security group and the rules to its backends. */
  public readonly connections: Connections;

  constructor(scope: Construct, id: string, props: HttpsLoadBalancerProps) {
    super(scope, id);
    const check = new Check(this, 'HttpsLoadBalancer');
    if (props === undefined || props === null) check.fail('Required', 'props', props, 'an HttpsLoadBalancerProps object');
    check.object('props', props);
    checkProvider(check, props.provider);
    check.required('vpcId', props.vpcId);
    check.required('certificateId', props.certificateId);
    if (!isToken(props.certificateId) && !CERT_ID.test(props.certificateId)) {
      check.fail('InvalidCertificateId', 'certificateId', props.certificateId,
        'a Certificate Management Service certificate id such as "1234567-cn-hangzhou"');
    }
    if (props.zones === undefined) check.fail('Required', 'zones', undefined, 'vSwitches in at least two zones');
    check.array('zones', props.zones);
    if (!isToken(props.zones)) {
      if (props.zones.length < 2) check.fail('TwoZonesRequired', 'zones', props.zones, 'vSwitches in at least two different zones (ALB needs two)');
      props.zones.forEach((z, i) => {
        check.object(`zones[${i}]`, z);
        check.required(`zones[${i}].vswitchId`, z?.vswitchId);
        check.required(`zones[${i}].zoneId`, z?.zoneId);
      });
      const zoneIds = props.zones.map((z) => z.zoneId).filter((z) => !isToken(z));
      if (new Set(zoneIds).size !== zoneIds.length) check.fail('DuplicateZone', 'zones', props.zones, 'one vSwitch per zone, in different zones');
    }
    check.object('accessLogs', props.accessLogs);
    if (props.accessLogs === undefined) check.fail('Required', 'accessLogs', undefined, 'an SLS { logProject, logStore } for the access logs');
    check.required('accessLogs.logProject', props.accessLogs.logProject);
    check.required('accessLogs.logStore', props.accessLogs.logStore);
    check.oneOf('addressType', props.addressType, ['Internet', 'Intranet']);
    check.oneOf('edition', props.edition, ['Basic', 'Standard', 'StandardWithWaf']);
    check.text('loadBalancerName', props.loadBalancerName, { min: 2, max: 128, pattern: NAME, patternText: 'starting with a letter; letters, digits, "_", ".", "-"' });
    check.integer('backendPort', props.backendPort, 1, 65535, 'InvalidPort');
    check.object('healthCheck', props.healthCheck);
    check.text('healthCheck.path', props.healthCheck?.path, { min: 1, max: 80, pattern: /^\/[A-Za-z0-9\-_/.%?#&=]*$/, patternText: 'starting with "/"' });
    (props.healthCheck?.codes ?? []).forEach((c, i) => check.oneOf(`healthCheck.codes[${i}]`, c, ['http_2xx', 'http_3xx', 'http_4xx', 'http_5xx']));
    check.bool('httpRedirect', props.httpRedirect);
    check.array('clientPeers', props.clientPeers);
    checkTags(check, 'tags', props.tags);

    const name = props.loadBalancerName ?? defaultName(this.node.path);
    const tags = props.tags;
    const addressType = props.addressType ?? 'Internet';
    const backendPort = props.backendPort ?? 443;
    const redirect = props.httpRedirect ?? true;

    // --- TLS policy: 1.2+ with forward-secret AEAD ciphers -------------------------------------
    this.securityPolicy = new AlbSecurityPolicy(this, 'TlsPolicy', {
      provider: props.provider,
      securityPolicyName: `${name}-tls12`.slice(0, 128),
      tlsVersions: [...ALB_TLS_VERSIONS],
      ciphers: [...ALB_STRONG_CIPHERS],
      tags,
    });

    // --- the load balancer -------------------------------------------------------------------
    this.resource = new AlbLoadBalancer(this, 'Resource', {
      provider: props.provider,
      loadBalancerName: name,
      vpcId: props.vpcId,
      addressType,
      addressAllocatedMode: 'Dynamic',
      loadBalancerEdition: props.edition ?? 'Standard',
      loadBalancerBillingConfig: { payType: 'PayAsYouGo' },
      zoneMappings: props.zones.map((z) => ({ vswitchId: z.vswitchId, zoneId: z.zoneId })),
      deletionProtectionEnabled: true,
      tags,
    });
    this.loadBalancerId = this.resource.id;
    this.dnsName = this.resource.dnsName;
    new AlbLoadBalancerAccessLogConfigAttachment(this, 'AccessLogs', {
      provider: props.provider,
      loadBalancerId: this.loadBalancerId,
      logProject: props.accessLogs.logProject,
      logStore: props.accessLogs.logStore,
    });

    // --- security group: listeners reachable from clientPeers only ----------------------------
    const sg = new HardenedSecurityGroup(this, 'SecurityGroup', {
      provider: props.provider,
      vpcId: props.vpcId,
      description: `Load balancer ${name}: HTTPS${redirect ? ' and the HTTP redirect' : ''} from its clients`.slice(0, 256),
      tags,
    });
    const peers = props.clientPeers ?? (addressType === 'Internet' ? [Peer.anyIpv4()] : []);
    for (const peer of peers) {
      sg.allowIngress(peer, Port.HTTPS, 'HTTPS clients of the load balancer');
      if (redirect) sg.allowIngress(peer, Port.HTTP, 'HTTP clients, redirected to HTTPS');
    }
    new AlbLoadBalancerSecurityGroupAttachment(this, 'SecurityGroupAttachment', {
      provider: props.provider, loadBalancerId: this.loadBalancerId, securityGroupId: sg.securityGroupId,
    });
    this.connections = new Connections({ securityGroups: [sg] });

    // --- backends over HTTPS -----------------------------------------------------------------
    const serverGroup = new AlbServerGroup(this, 'ServerGroup', {
      provider: props.provider,
      serverGroupName: `${name}-https`.slice(0, 128),
      serverGroupType: 'Instance',
      vpcId: props.vpcId,
      protocol: 'HTTPS',
      scheduler: 'Wrr',
      healthCheckConfig: {
        healthCheckEnabled: true,
        healthCheckProtocol: 'HTTPS',
        healthCheckPath: props.healthCheck?.path ?? '/health',
        healthCheckCodes: props.healthCheck?.codes ?? ['http_2xx', 'http_3xx'],
        healthCheckConnectPort: backendPort,
      },
      stickySessionConfig: { stickySessionEnabled: false },
      tags,
    });
    this.serverGroup = Object.assign(serverGroup, { serverGroupId: serverGroup.id });

    this.httpsListener = new AlbListener(this, 'HttpsListener', {
      provider: props.provider,
      loadBalancerId: this.loadBalancerId,
      listenerProtocol: 'HTTPS',
      listenerPort: 443,
      listenerDescription: 'HTTPS (TLS 1.2+)',
      certificates: [{ certificateId: props.certificateId }],
      securityPolicyId: this.securityPolicy.id,
      http2Enabled: true,
      defaultActions: [{ type: 'ForwardGroup', forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: serverGroup.id }] } }],
      tags,
    });

    if (redirect) {
      // The HTTP listener's default action must be ForwardGroup (provider 1.285.0 has no redirect
      // default action): it points at a server group without servers, and a rule matching every
      // path redirects to HTTPS, so the listener never serves content.
      const sink = new AlbServerGroup(this, 'RedirectSink', {
        provider: props.provider,
        serverGroupName: `${name}-no-http`.slice(0, 128),
        serverGroupType: 'Instance',
        vpcId: props.vpcId,
        protocol: 'HTTP',
        healthCheckConfig: { healthCheckEnabled: false },
        tags,
      });
      this.httpListener = new AlbListener(this, 'HttpListener', {
        provider: props.provider,
        loadBalancerId: this.loadBalancerId,
        listenerProtocol: 'HTTP',
        listenerPort: 80,
        listenerDescription: 'Redirects to HTTPS only',
        defaultActions: [{ type: 'ForwardGroup', forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: sink.id }] } }],
        tags,
      });
      new AlbRule(this, 'RedirectToHttps', {
        provider: props.provider,
        listenerId: this.httpListener.id,
        ruleName: 'redirect-to-https',
        priority: 1,
        direction: 'Request',
        ruleConditions: [{ type: 'Path', pathConfig: { values: ['/*'] } }],
        ruleActions: [{ order: 1, type: 'Redirect', redirectConfig: { protocol: 'HTTPS', port: '443', httpCode: '301' } }],
      });
    }
  }
}

function defaultName(path: string): string {
  const cleaned = path.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(-100).replace(/^[^A-Za-z]+/, '');
  return cleaned.length >= 2 ? cleaned : `alb-${cleaned}`;
}
