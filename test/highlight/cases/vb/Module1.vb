Option Strict On
Imports System.Collections.Generic
Imports System.Text

' A simple VB.NET module
Namespace Demo
    Public Module Program
        Const MaxItems As Integer = 10
        Private _names As New List(Of String)

        <STAThread()>
        Sub Main(ByVal args() As String)
            Dim total As Double = 0.5
            Dim count = 0
            For i As Integer = 1 To MaxItems Step 2
                total += i * 1.5
                count += 1
            Next
            If total > 10 AndAlso count <> 0 Then
                Console.WriteLine("Total: " & total.ToString())
            ElseIf total = 0 Then
                Console.WriteLine("Zero ""quoted""")
            Else
                Exit Sub
            End If
            Dim today As Date = #1/1/2024#
            Dim mask = &HFF
            Dim c As Char = "x"C
            Select Case count
                Case 1, 2
                    REM small
                Case Else
                    _names.Add("many")
            End Select
            Try
                Throw New InvalidOperationException("boom")
            Catch ex As Exception When ex IsNot Nothing
                Console.Error.WriteLine(ex.Message)
            End Try
        End Sub

        Function Square(x As Integer) As Integer
            Return x * x
        End Function
    End Module

    Public Class Person
        Public Property Name As String
    End Class
End Namespace
