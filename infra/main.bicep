// OrleansBroker on Azure Container Apps: `azd up` provisions this file, then builds and deploys the images.
// Storage is reached only through the user-assigned managed identity; the account refuses shared keys.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it names the resource group and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region of every resource.')
param location string

@description('Silo image that azd built and pushed; empty until the first deploy (a placeholder image runs).')
param siloImageName string = ''

@description('Frontend image that azd built and pushed; empty until the first deploy (a placeholder image runs).')
param frontendImageName string = ''

@minValue(2)
@description('Fewest silos: two, so a partition grain can fail over to a surviving silo.')
param siloMinReplicas int = 2

@minValue(2)
@description('Most silos the environment may scale to.')
param siloMaxReplicas int = 4

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
])
@description('Replication of the storage account that holds partition logs, grain state and membership.')
param storageSkuName string = 'Standard_LRS'

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    name: 'log-${resourceToken}'
    location: location
    tags: tags
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    skuName: storageSkuName
    identityName: identity.outputs.name
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  scope: resourceGroup
  params: {
    name: 'cr${resourceToken}'
    location: location
    tags: tags
    identityName: identity.outputs.name
  }
}

module environment 'modules/environment.bicep' = {
  name: 'environment'
  scope: resourceGroup
  params: {
    name: 'cae-${resourceToken}'
    location: location
    tags: tags
    workspaceName: monitoring.outputs.name
  }
}

// Silos and clients must agree on these to find each other in the membership table.
var clusterEnv = [
  { name: 'Orleans__ClusterId', value: 'orleans-broker' }
  { name: 'Orleans__ServiceId', value: 'orleans-broker' }
  { name: 'Orleans__Clustering__ProviderType', value: 'AzureTableStorage' }
  { name: 'Orleans__Clustering__ServiceKey', value: 'clustering' }
  { name: 'ConnectionStrings__clustering', value: storage.outputs.tableEndpoint }
  { name: 'AZURE_CLIENT_ID', value: identity.outputs.clientId }
]

module silo 'modules/silo.bicep' = {
  name: 'silo'
  scope: resourceGroup
  params: {
    name: 'silo'
    location: location
    tags: tags
    environmentId: environment.outputs.id
    identityName: identity.outputs.name
    registryServer: registry.outputs.loginServer
    imageName: siloImageName
    minReplicas: siloMinReplicas
    maxReplicas: siloMaxReplicas
    clusterEnv: clusterEnv
    tableEndpoint: storage.outputs.tableEndpoint
    blobEndpoint: storage.outputs.blobEndpoint
  }
}

module frontend 'modules/frontend.bicep' = {
  name: 'frontend'
  scope: resourceGroup
  params: {
    name: 'frontend'
    location: location
    tags: tags
    environmentId: environment.outputs.id
    identityName: identity.outputs.name
    registryServer: registry.outputs.loginServer
    imageName: frontendImageName
    clusterEnv: clusterEnv
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output MANAGED_IDENTITY_NAME string = identity.outputs.name
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_CONTAINER_REGISTRY_NAME string = registry.outputs.name
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer
output AZURE_CONTAINER_REGISTRY_MANAGED_IDENTITY_ID string = identity.outputs.id
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.name
output AZURE_CONTAINER_APPS_ENVIRONMENT_NAME string = environment.outputs.name
output AZURE_CONTAINER_APPS_ENVIRONMENT_ID string = environment.outputs.id
output AZURE_CONTAINER_APPS_ENVIRONMENT_DEFAULT_DOMAIN string = environment.outputs.defaultDomain
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output SERVICE_SILO_NAME string = silo.outputs.name
output SERVICE_FRONTEND_NAME string = frontend.outputs.name
output SERVICE_FRONTEND_URI string = frontend.outputs.uri
