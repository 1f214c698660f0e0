// Original file: proto/api/v1/api.proto


export interface DiscoveryRequest {
}

export interface DiscoveryRequest__Output {
}
