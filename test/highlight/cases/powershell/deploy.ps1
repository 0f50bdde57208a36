#requires -version 5.1
<#
.SYNOPSIS
    Deploys the site to a remote server.
.PARAMETER Target
    The server name.
.EXAMPLE
    .\deploy.ps1 -Target web01
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$Target,
    [int]$Port = 22,
    [switch]$Force
)

$ErrorActionPreference = 'Stop'
$env:PATH += ";C:\tools"
$files = Get-ChildItem -Path .\_site -Recurse -File | Where-Object { $_.Length -gt 0 }
Write-Host "Deploying $($files.Count) files to ${Target}:$Port"

function Get-Checksum([string]$Path) {
    $hash = Get-FileHash -Algorithm SHA256 -Path $Path
    return $hash.Hash.ToLower()
}

$settings = @{
    Name    = "blog"
    Retries = 3
    Ratio   = 0.75
    Tags    = @('a', 'b')
}

foreach ($file in $files) {
    if ($file.Extension -eq '.html' -and -not $Force) {
        Write-Verbose "Skipping $($file.Name)"
        continue
    } elseif ($file.Name -like '*.tmp') {
        Remove-Item $file.FullName
    }
    $sum = Get-Checksum -Path $file.FullName
    "`t$sum  $($file.Name)" | Out-File -Append checksums.txt
}

$message = @"
Deployment finished on $(Get-Date -Format 'yyyy-MM-dd')
User: $env:USERNAME
"@

try {
    Invoke-WebRequest -Uri "https://$Target/health" -UseBasicParsing | Select-Object -ExpandProperty StatusCode
} catch [System.Net.WebException] {
    Write-Error "Health check failed: $_"
    exit 1
} finally {
    $null = $settings.Remove('Tags')
}

class Server {
    [string]$Name
    Server([string]$name) { $this.Name = $name }
}
$s = [Server]::new('web01')
1..10 | ForEach-Object { $_ * 2 }
