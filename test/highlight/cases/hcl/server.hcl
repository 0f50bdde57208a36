# Nomad job
job "web" {
  datacenters = ["dc1", "dc2"]
  type        = "service"
  priority    = 50

  group "frontend" {
    count = 3

    /* networking */
    network {
      port "http" {
        to = 8080
      }
    }

    task "server" {
      driver = "docker"
      config {
        image = 'nginx:1.25'
        ports = ["http"]
      }
      resources {
        cpu    = 500
        memory = 256
        disk   = 1.5
      }
      template {
        data = <<EOH
upstream backend {
  server ${NOMAD_ADDR_http};
}
EOH
        destination = "local/nginx.conf"
      }
      enabled = true
      extra   = null
    }
  }
}
