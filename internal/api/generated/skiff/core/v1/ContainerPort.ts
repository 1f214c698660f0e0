// Original file: proto/core/v1/container.proto


/**
 * ContainerPort is one network port a container exposes.
 */
export interface ContainerPort {
  /**
   * An IANA service name that Services can refer to as their targetPort.
   */
  'name'?: (string);
  /**
   * A port to open on the node and forward to containerPort; most pods need none.
   */
  'hostPort'?: (number);
  'containerPort'?: (number);
  /**
   * TCP (the default), UDP or SCTP.
   */
  'protocol'?: (string);
  /**
   * The host address hostPort binds to.
   */
  'hostIP'?: (string);
  '_name'?: "name";
  '_hostPort'?: "hostPort";
  '_containerPort'?: "containerPort";
  '_protocol'?: "protocol";
  '_hostIP'?: "hostIP";
}

/**
 * ContainerPort is one network port a container exposes.
 */
export interface ContainerPort__Output {
  /**
   * An IANA service name that Services can refer to as their targetPort.
   */
  'name'?: (string);
  /**
   * A port to open on the node and forward to containerPort; most pods need none.
   */
  'hostPort'?: (number);
  'containerPort'?: (number);
  /**
   * TCP (the default), UDP or SCTP.
   */
  'protocol'?: (string);
  /**
   * The host address hostPort binds to.
   */
  'hostIP'?: (string);
}
