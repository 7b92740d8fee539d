// The frontend: web UI and REST API over an Orleans client, the one app with public (HTTPS-only) ingress.
param name string
param location string
param tags object
param environmentId string
param registryServer string

@description('User-assigned identity the frontend runs as (membership table access, image pull).')
param identityName string

@description('Image built by azd; empty runs a placeholder that listens on 8080.')
param imageName string

@description('Cluster id, clustering provider and identity settings shared with the silos.')
param clusterEnv array

var placeholderImage = 'mcr.microsoft.com/dotnet/samples:aspnetapp'
var httpPort = 8080

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource frontend 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'frontend' })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    environmentId: environmentId
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: httpPort
        transport: 'http'
        allowInsecure: false
      }
      registries: [
        { server: registryServer, identity: identity.id }
      ]
    }
    template: {
      containers: [
        {
          name: 'frontend'
          image: empty(imageName) ? placeholderImage : imageName
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat(clusterEnv, [{ name: 'HTTP_PORTS', value: string(httpPort) }])
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: 3
      }
    }
  }
}

output name string = frontend.name
output uri string = 'https://${frontend.properties.configuration.ingress.fqdn}'
