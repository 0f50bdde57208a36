<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- A JSP comment --%>
<!DOCTYPE html>
<html>
<head>
  <title>${pageTitle}</title>
</head>
<body>
  <%! private int counter = 0; %>
  <%
    String name = request.getParameter("name");
    if (name == null) {
        name = "World";
    }
    counter++;
  %>
  <h1>Hello, <%= name %>!</h1>
  <c:if test="${counter > 1}">
    <p>Visited <%= counter %> times.</p>
  </c:if>
  <c:forEach var="item" items="${items}">
    <li class='item'>${item.name}</li>
  </c:forEach>
  <jsp:include page="footer.jsp" />
</body>
</html>
