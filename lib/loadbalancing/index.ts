// Public API of the load-balancing constructs.
export {
  AccessLogDestination, BackendHealthCheck, HttpsLoadBalancer, HttpsLoadBalancerProps, LoadBalancerZone,
} from './https-load-balancer';
