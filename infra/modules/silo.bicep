// The silos: the broker's Orleans cluster, reachable only from inside the Container Apps environment.
param name string
param location string
param tags object
param environmentId string
param registryServer string

@description('User-assigned identity the silos run as (storage access, image pull).')
param identityName string

@description('Image built by azd; empty runs a placeholder that listens on 8080, without the health probes it would fail.')
param imageName string

@minValue(2)
param minReplicas int

@minValue(2)
param maxReplicas int

@description('Cluster id, clustering provider and identity settings shared with the frontend.')
param clusterEnv array

@description('Table endpoint URI: membership and grain state, reached with DefaultAzureCredential.')
param tableEndpoint string

@description('Blob endpoint URI: partition logs, reached with DefaultAzureCredential.')
param blobEndpoint string

var placeholderImage = 'mcr.microsoft.com/dotnet/samples:aspnetapp'
var httpPort = 8080
var siloPort = 11111
var gatewayPort = 30000

var siloEnv = [
  { name: 'Orleans__GrainStorage__broker__ProviderType', value: 'AzureTableStorage' }
  { name: 'Orleans__GrainStorage__broker__ServiceKey', value: 'grain-state' }
  { name: 'ConnectionStrings__grain-state', value: tableEndpoint }
  { name: 'ConnectionStrings__logs', value: blobEndpoint }
  { name: 'Broker__LogStorage', value: 'AzureBlob' }
  { name: 'Orleans__Endpoints__SiloPort', value: string(siloPort) }
  { name: 'Orleans__Endpoints__GatewayPort', value: string(gatewayPort) }
  { name: 'HTTP_PORTS', value: string(httpPort) }
]

var probes = [
  { type: 'Liveness', httpGet: { path: '/alive', port: httpPort } }
  { type: 'Readiness', httpGet: { path: '/health', port: httpPort } }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource silo 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'silo' })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    environmentId: environmentId
    configuration: {
      activeRevisionsMode: 'Single'
      // Container Apps opens only the ports named on the app's ingress. Internal ingress (external: false) makes
      // them reachable from apps in this environment and from nowhere else: HTTP on 8080 (health), and as
      // additional TCP mappings the Orleans silo-to-silo port and the gateway port that clients connect to.
      ingress: {
        external: false
        targetPort: httpPort
        transport: 'http'
        allowInsecure: false
        additionalPortMappings: [
          { external: false, targetPort: siloPort, exposedPort: siloPort }
          { external: false, targetPort: gatewayPort, exposedPort: gatewayPort }
        ]
      }
      registries: [
        { server: registryServer, identity: identity.id }
      ]
    }
    template: {
      containers: [
        {
          name: 'silo'
          image: empty(imageName) ? placeholderImage : imageName
          resources: { cpu: json('1.0'), memory: '2Gi' }
          env: concat(clusterEnv, siloEnv)
          probes: empty(imageName) ? [] : probes
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

output name string = silo.name
